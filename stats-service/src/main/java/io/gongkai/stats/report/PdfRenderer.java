package io.gongkai.stats.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.gongkai.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The report's print HTML laid out on A4 as a PDF ready to file, with a TrueType CJK font embedded
 * (subset) so that every Chinese character renders on any machine.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The family the print CSS names first. */
    static final String FAMILY = "WenQuanYi Micro Hei";

    private final File font;

    public PdfRenderer(@ConfigProperty(name = "gongkai.stats.report.pdf-font",
            defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") String font) {
        this.font = new File(font);
    }

    public byte[] render(String xhtml) {
        if (!font.canRead()) {
            throw new ProblemException(503, "unavailable", "PDF unavailable", "The PDF needs the font " + font
                    + " (Debian: fonts-wqy-microhei); the HTML and Markdown formats work without it");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(font)) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            if (ttf == null) {
                ttf = collection.getFontByName("WenQuanYi Micro Hei");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }
}
