package io.fazhi.report.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

/** Real .docx and .pdf files made from report text, and broken ones, for intake tests. */
public final class TestDocuments {

    private TestDocuments() {}

    /**
     * A PDF with a text layer in Chinese: the standard CJK font STSong-Light with the predefined
     * UniGB-UCS2-H encoding, so no font file is needed and text extraction maps back to Unicode.
     */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(cjkFont()));
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 10 Tf 40 760 Td 12 TL\n");
            for (String line : text.split("\n")) {
                content.append('<');
                for (char c : line.toCharArray()) {
                    content.append(String.format("%04X", (int) c));
                }
                content.append("> Tj T*\n");
            }
            content.append("ET");
            PDStream stream = new PDStream(
                    document, new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII)));
            page.setContents(stream);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a password. */
    public static byte[] encryptedPdf(String text) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(text));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of a blank page: what a scan without OCR looks like to text extraction. */
    public static byte[] pdfWithoutText() {
        return blankPages(1);
    }

    /** A PDF of blank pages, as a scan of that many pages looks to text extraction. */
    public static byte[] blankPages(int pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 0; page < pages; page++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims a size, with no image data after it. */
    public static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        return java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(PNG_SIGNATURE)
                .putInt(13)
                .put(ihdr.array())
                .putInt((int) crc.getValue())
                .putInt(0)
                .put("IEND".getBytes(StandardCharsets.US_ASCII))
                .putInt(0xAE426082)
                .array();
    }

    /** A PNG signature followed by anything but an image. */
    public static byte[] corruptPng() {
        return java.nio.ByteBuffer.allocate(64)
                .put(PNG_SIGNATURE)
                .put("not an image at all".getBytes(StandardCharsets.US_ASCII))
                .array();
    }

    /** A photo with no writing on it: a grey page. */
    public static byte[] blankPhoto() {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(800, 600, java.awt.image.BufferedImage.TYPE_BYTE_GRAY),
                    "png",
                    png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** A small file named like a .docx whose document.xml inflates to 200 MB of zeros. */
    public static byte[] zipBomb() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first kilobytes of a real .docx: a zip cut short. */
    public static byte[] corruptDocx(String text) {
        byte[] whole = io.fazhi.corpus.WordDocuments.plain(text);
        return java.util.Arrays.copyOf(whole, Math.min(whole.length, 600));
    }

    /** STSong-Light with the UniGB-UCS2-H encoding: Chinese text in a PDF without a font file. */
    public static org.apache.pdfbox.pdmodel.font.PDFont cjk() throws IOException {
        return PDFontFactory.createFont(cjkFont());
    }

    private static COSDictionary cjkFont() {
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("GB1"));
        info.setItem(COSName.SUPPLEMENT, COSInteger.get(4));
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, COSName.getPDFName("STSong-Light"));
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(
                COSName.FONT_BBOX,
                new COSArray(java.util.List.of(
                        COSInteger.get(-25), COSInteger.get(-254), COSInteger.get(1000), COSInteger.get(880))));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light"));
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("STSong-Light-UniGB-UCS2-H"));
        font.setItem(COSName.ENCODING, COSName.getPDFName("UniGB-UCS2-H"));
        font.setItem(COSName.DESCENDANT_FONTS, new COSArray(java.util.List.of(cidFont)));
        return font;
    }
}
