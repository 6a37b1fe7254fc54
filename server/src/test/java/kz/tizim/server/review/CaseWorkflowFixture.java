package kz.tizim.server.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the case-workflow scenarios share: a multipart upload and reading values out of JSON and HTML. */
public final class CaseWorkflowFixture {

    /** The smallest file the evidence policy accepts as a PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private CaseWorkflowFixture() {
    }

    public static HttpResponse<String> upload(int port, String token, String fileName, String contentType,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "----tizim-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evidence"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The first match of {@code regex}'s group 1 in {@code text}; fails the test when absent. */
    public static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + regex + " in:\n" + text);
        }
        return matcher.group(1);
    }

    public static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token, "Accept-Language", "en"};
    }
}
