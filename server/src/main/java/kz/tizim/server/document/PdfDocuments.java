package kz.tizim.server.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (written as well-formed XHTML) to PDF. The DejaVu Sans font is
 * embedded, so Kazakh letters (ә ғ қ ң ө ұ ү һ і) and Cyrillic print the same on every machine,
 * whatever fonts the server has.
 */
@Service
public class PdfDocuments {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code templates/<template>.html} in the given language. */
    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(locale, model));
        return renderXhtml(xhtml);
    }

    /** Renders a complete XHTML document; the body font should be {@value #FONT_FAMILY}. */
    public static byte[] renderXhtml(String xhtml) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private static InputStream font(String file) {
        InputStream font = PdfDocuments.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("font " + file + " missing from the application jar");
        }
        return font;
    }
}
