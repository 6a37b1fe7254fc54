package kz.tizim.server.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentsTest {

    @Test
    void kazakhLettersSurviveIntoThePdfText() throws IOException {
        String xhtml = """
                <html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>
                <body><h1>Шешім TZ-2026-000042</h1><p>әғқңөұүһі ӘҒҚҢӨҰҮҺІ — Решение — Decision</p></body></html>""";

        byte[] pdf = PdfDocuments.renderXhtml(xhtml);

        assertThat(text(pdf)).contains("Шешім TZ-2026-000042").contains("әғқңөұүһі").contains("ӘҒҚҢӨҰҮҺІ")
                .contains("Решение");
    }

    @Test
    void theHashIdentifiesTheExactBytes() {
        assertThat(DocumentHash.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
