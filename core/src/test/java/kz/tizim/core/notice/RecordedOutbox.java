package kz.tizim.core.notice;

import java.util.ArrayList;
import java.util.List;

/** {@link Outbox} that keeps the messages for the test to read. */
public final class RecordedOutbox implements Outbox {

    private final List<NoticeMessage> messages = new ArrayList<>();

    @Override
    public void enqueue(NoticeMessage message) {
        messages.add(message);
    }

    public List<NoticeMessage> messages() {
        return List.copyOf(messages);
    }

    public NoticeMessage last() {
        return messages.get(messages.size() - 1);
    }
}
