package io.fazhi.report.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned reports read by OCR: an image-only PDF rendered page by page (PDFBox, 300 dpi, grey) or a
 * photo of a page, each page through Tesseract with its Simplified Chinese model (Debian's
 * {@code tesseract-ocr} and {@code tesseract-ocr-chi-sim}, run as a process: no native library in
 * the JVM). OCR has its own single worker and its own bounds — pages, pixels, time per page and in
 * all — so a 500-page scan or a 20,000-pixel photo is a clear refusal and no other submission
 * waits behind it. A page the engine cannot read is a warning, not a failure. Without Tesseract
 * installed, {@link #available()} is false and scans keep their "no text layer" problem.
 */
final class ScanReader {

    /** Pages read at once; a longer scan is refused with its page count. */
    static final int MAX_PAGES = 30;
    /** Pixels of one page image (a 20,000 × 20,000 photo is 400 million). */
    static final long MAX_PIXELS = 60_000_000L;

    private static final int DPI = 300;
    private static final long PAGE_SECONDS = 60;
    private static final long TOTAL_SECONDS = 300;
    /** A page read with less confidence than this is reported as unreadable. */
    private static final double READABLE = 40;

    /** One worker for OCR, a queue of four: a scan takes seconds a page, and must not hold the request threads. */
    private static final BoundedWorker WORKER = new BoundedWorker("ocr", 1, 4, 0, TOTAL_SECONDS);

    private static final BoundedWorker.Refusals REFUSALS = new BoundedWorker.Refusals(
            "too many scans are being read at once; retry in a few minutes",
            "the scan took longer than " + TOTAL_SECONDS + " seconds to read",
            "the scan could not be read: the request was interrupted",
            "the scan cannot be read");

    /** Text read from a scan, with what the reader should know about it and the words' mean confidence (0–100). */
    record Scanned(String text, List<String> warnings, double confidence) {}

    private ScanReader() {}

    /** Whether Tesseract and its Simplified Chinese model are installed here. */
    static boolean available() {
        return Engine.AVAILABLE;
    }

    static Scanned pdf(byte[] bytes) {
        return bounded(() -> {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                int pages = document.getNumberOfPages();
                if (pages > MAX_PAGES) {
                    throw new UnreadableReportException("the PDF is a scan of " + pages + " pages; at most " + MAX_PAGES
                            + " scanned pages are read: submit the report's own pages, or the original document");
                }
                PDFRenderer renderer = new PDFRenderer(document);
                List<BufferedImage> images = new ArrayList<>();
                for (int page = 0; page < pages; page++) {
                    float width = document.getPage(page).getMediaBox().getWidth() / 72 * DPI;
                    float height = document.getPage(page).getMediaBox().getHeight() / 72 * DPI;
                    if ((long) width * (long) height > MAX_PIXELS) {
                        throw new UnreadableReportException("page " + (page + 1) + " of the scan is too large to read");
                    }
                    images.add(renderer.renderImageWithDPI(page, DPI, ImageType.GRAY));
                }
                return read(images);
            }
        });
    }

    static Scanned image(byte[] bytes) {
        return bounded(() -> {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw new UnreadableReportException("the image cannot be read (corrupt, or not a PNG or JPEG)");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    // The size from the header, before a pixel is decoded.
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new UnreadableReportException(
                                "the image is " + reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels; at most "
                                        + MAX_PIXELS / 1_000_000 + " million are read");
                    }
                    return read(List.of(reader.read(0)));
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof UnreadableReportException unreadable) {
                    throw unreadable;
                }
                throw new UnreadableReportException("the image cannot be read (corrupt, or not a PNG or JPEG)");
            }
        });
    }

    private static Scanned read(List<BufferedImage> pages) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        double confidence = 0;
        int characters = 0;
        for (int page = 0; page < pages.size(); page++) {
            OcrPage read = Engine.read(pages.get(page), PAGE_SECONDS);
            if (read == null || read.confidence() < READABLE || read.text().isBlank()) {
                warnings.add("page " + (page + 1) + " of the scan could not be read by OCR");
                continue;
            }
            text.append(read.text()).append('\n');
            confidence += read.confidence() * read.characters();
            characters += read.characters();
        }
        if (characters > 0) {
            warnings.add(
                    0,
                    "the text was read by OCR (Tesseract, chi_sim) with a mean confidence of "
                            + Math.round(confidence / characters) + "%");
        }
        return new Scanned(
                text.toString(), warnings, characters == 0 ? 0 : Math.round(confidence / characters * 10) / 10.0);
    }

    /** On the OCR worker, within the total time bound; a full queue or an overrun is a clear refusal. */
    private static Scanned bounded(Callable<Scanned> work) {
        return WORKER.run(work, REFUSALS);
    }

    /** Tesseract, run as a process on one page image. */
    private static final class Engine {

        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try {
                Process p = new ProcessBuilder("tesseract", "--list-langs")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor(10, TimeUnit.SECONDS)
                        && out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** The page's text line by line and the words' mean confidence, or null when the engine failed. */
        static OcrPage read(BufferedImage image, long seconds) throws IOException, InterruptedException {
            Path dir = Files.createTempDirectory("fazhi-ocr");
            try {
                Path png = dir.resolve("page.png");
                ImageIO.write(image, "png", png.toFile());
                ProcessBuilder tesseract = new ProcessBuilder(
                                "tesseract",
                                png.toString(),
                                dir.resolve("page").toString(),
                                "-l",
                                "chi_sim",
                                "--psm",
                                "6",
                                "tsv")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log").toFile());
                // One core for OCR: Tesseract's own threads would take every core from the service's requests.
                tesseract.environment().put("OMP_THREAD_LIMIT", "1");
                Process p = tesseract.start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                Path tsv = dir.resolve("page.tsv");
                return p.exitValue() == 0 && Files.exists(tsv)
                        ? TesseractTsv.page(Files.readAllLines(tsv, StandardCharsets.UTF_8))
                        : null;
            } finally {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
        }
    }
}
