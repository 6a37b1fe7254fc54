package kz.tizim.server.crossborder;

import java.util.Map;
import kz.tizim.core.crossborder.CrossBorderRequest;
import kz.tizim.core.crossborder.LetterLanguage;
import kz.tizim.server.document.PdfDocuments;
import org.springframework.stereotype.Component;

/** Renders a request letter to PDF in one language ({@code templates/crossborder/letter-pdf.html}). */
@Component
class LetterRenderer {

    private final PdfDocuments pdf;

    LetterRenderer(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    byte[] render(CrossBorderRequest request, LetterLanguage language) {
        return pdf.render("crossborder/letter-pdf", language.locale(), Map.of("r", request, "language",
                language.tag(), "measures", request.measures().stream().map(Enum::name).sorted().toList()));
    }
}
