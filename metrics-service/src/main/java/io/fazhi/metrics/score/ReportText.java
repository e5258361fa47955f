package io.fazhi.metrics.score;

import java.util.List;

/**
 * A report's text with its sentences and, computed once and shared by every item and by the
 * substance measure, the specificity markers of each sentence.
 */
final class ReportText {

    final String text;
    final Sentences sentences;
    private final List<String>[] markers;

    @SuppressWarnings("unchecked")
    ReportText(String text) {
        this.text = text;
        this.sentences = new Sentences(text);
        this.markers = new List[sentences.count()];
    }

    List<String> markers(int sentence) {
        List<String> found = markers[sentence];
        if (found == null) {
            found = SpecificityMarkers.in(sentences.text(sentence));
            markers[sentence] = found;
        }
        return found;
    }
}
