package kz.tizim.server.crossborder;

import java.util.HashMap;
import java.util.Map;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.core.crossborder.RequestSite;
import kz.tizim.server.document.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * Renders a request letter to PDF in one language ({@code templates/crossborder/letter-pdf.html}), each
 * site's dual-criminality explanation worded in that language by {@link VerdictWording}.
 */
@Component
class LetterRenderer {

    private final PdfDocuments pdf;
    private final VerdictWording wording;

    LetterRenderer(PdfDocuments pdf, VerdictWording wording) {
        this.pdf = pdf;
        this.wording = wording;
    }

    byte[] render(CrossBorderRequest request, LetterLanguage language) {
        Map<Long, VerdictWording.Wording> explanations = new HashMap<>();
        for (RequestSite site : request.sites()) {
            explanations.put(site.caseId().value(), wording.explain(request, site, language.locale()));
        }
        return pdf.render("crossborder/letter-pdf", language.locale(), Map.of("r", request, "language",
                language.tag(), "measures", request.measures().stream().map(Enum::name).sorted().toList(),
                "explanations", explanations));
    }
}
