package kz.tizim.core.notice;

/**
 * Messages to deliver to people (port): written in the same transaction as the case step, sent by
 * the server's mailer afterwards and retried until delivered.
 */
public interface Outbox {

    void enqueue(NoticeMessage message);
}
