package io.fazhi.metrics.reuse;

/**
 * The MinHash signature of one passage of a report, with its span in the normalised text.
 *
 * @param passage the passage's index in its report
 */
public record PassageSignature(int passage, int start, int end, int[] signature) {

    /** Estimated Jaccard similarity of the two passages' shingle sets: the share of equal minima. */
    public double similarity(PassageSignature other) {
        int equal = 0;
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] == other.signature[i]) {
                equal++;
            }
        }
        return (double) equal / signature.length;
    }
}
