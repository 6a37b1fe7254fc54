package kz.tizim.core.legal;

import java.util.Map;

/**
 * One foreign provision weighed in an assessment, with the state of each fact it requires. These
 * structured fields let the server render the reasoning in kk/ru without parsing the English text.
 */
public record Finding(ForeignProvision provision, Bearing bearing, Map<Fact, CaseFacts.State> conditions) {

    public Finding {
        conditions = Map.copyOf(conditions);
    }
}
