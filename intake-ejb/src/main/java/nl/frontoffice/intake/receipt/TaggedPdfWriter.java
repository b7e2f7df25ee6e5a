package nl.frontoffice.intake.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a simple tagged PDF of headings and paragraphs: every block is marked content with its own
 * structure element (H1, H2, H3, P) under one Document element, the page numbers are artifacts,
 * the document has a title (shown instead of the file name), a language and the "marked" flag.
 * Text wraps at word boundaries and flows over A4 pages.
 *
 * <p>Fonts: Helvetica of the Standard 14 with WinAnsi encoding, which covers the Dutch letters
 * (é, ë, ï, ...). A character outside it is shown as {@code ?} rather than fail the document.
 */
final class TaggedPdfWriter implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float BOTTOM = 64;
    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDStructureElement root;
    private final PDStructureTreeRoot treeRoot;
    private final Map<Integer, COSArray> parentsPerPage = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();

    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private int nextMcid;

    TaggedPdfWriter(String title, String languageTag, String subject) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Frontoffice");
        info.setProducer("Frontoffice (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(languageTag);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        root.setLanguage(languageTag);
        treeRoot.appendKid(root);
        newPage();
    }

    void heading1(String text) {
        block(StandardStructureTypes.H1, text, bold, 18, 10);
    }

    void heading2(String text) {
        block(StandardStructureTypes.H2, text, bold, 13, 6);
    }

    void heading3(String text) {
        block(StandardStructureTypes.H3, text, bold, 11, 4);
    }

    void paragraph(String text) {
        block(StandardStructureTypes.P, text, regular, 10.5f, 4);
    }

    /** A paragraph in bold (a question before its answer). */
    void label(String text) {
        block(StandardStructureTypes.P, text, bold, 10.5f, 1);
    }

    private void block(String type, String text, PDType1Font font, float size, float spaceAfter) {
        float leading = size * 1.35f;
        List<String> lines = wrap(printable(font, text), font, size, PAGE_SIZE.getWidth() - 2 * MARGIN);
        try {
            int index = 0;
            while (index < lines.size()) {
                if (y - leading < BOTTOM) {
                    newPage();
                }
                // one marked-content sequence per page the block is on
                int mcid = nextMcid++;
                COSDictionary properties = new COSDictionary();
                properties.setInt(COSName.MCID, mcid);
                content.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y - size);
                boolean first = true;
                while (index < lines.size() && (first || y - leading >= BOTTOM)) {
                    if (!first) {
                        content.newLineAtOffset(0, -leading);
                    }
                    content.showText(lines.get(index++));
                    y -= leading;
                    first = false;
                }
                content.endText();
                content.endMarkedContent();
                PDStructureElement element = new PDStructureElement(type, root);
                element.setPage(page);
                element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
                root.appendKid(element);
                parentsPerPage.get(pages.size() - 1).add(element);
            }
            y -= spaceAfter;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            pages.add(page);
            int index = pages.size() - 1;
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, index);
            parentsPerPage.put(index, new COSArray());
            content = new PDPageContentStream(document, page);
            y = PAGE_SIZE.getHeight() - MARGIN;
            nextMcid = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finishes the document: page numbers as artifacts ("Pagina 1 van 2"), the parent tree.
     *
     * @param pageNumberPattern e.g. {@code "Pagina %d van %d"}
     * @return the PDF
     */
    byte[] finish(String pageNumberPattern) {
        try {
            content.close();
            content = null;
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    footer.beginMarkedContent(COSName.ARTIFACT);
                    footer.beginText();
                    footer.setFont(regular, 9);
                    footer.newLineAtOffset(MARGIN, BOTTOM / 2);
                    footer.showText(printable(regular, String.format(pageNumberPattern, i + 1, pages.size())));
                    footer.endText();
                    footer.endMarkedContent();
                }
            }
            Map<Integer, COSObjectable> numbers = new HashMap<>();
            parentsPerPage.forEach((index, elements) -> numbers.put(index, new PDParentTreeValue(elements)));
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(numbers);
            treeRoot.setParentTree(parentTree);
            treeRoot.setParentTreeNextKey(pages.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what the font cannot encode, and tabs and line breaks, so showText never fails. */
    static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c)) {
                out.append(' ');
                return;
            }
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException unsupported) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word longer than a line (a long e-mail address or file name) is cut
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
