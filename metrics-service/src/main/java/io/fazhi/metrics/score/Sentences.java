package io.fazhi.metrics.score;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries of Chinese text: 。！？； and line ends. */
final class Sentences {

    private static final String ENDS = "。！？；\n";

    private final String text;
    private final int[] starts;

    Sentences(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0 && i + 1 < text.length()) {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int count() {
        return starts.length;
    }

    /** The index of the sentence that holds position {@code at}. */
    int indexOf(int at) {
        int i = java.util.Arrays.binarySearch(starts, at);
        return i >= 0 ? i : -i - 2;
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] : text.length();
    }

    String text(int index) {
        return text.substring(start(index), end(index)).strip();
    }
}
