package io.fazhi.metrics.reuse;

import java.util.Random;

/** Passage signatures that agree with another in exactly as many LSH bands as a test needs. */
final class BandVariants {

    private BandVariants() {}

    static PassageSignature random(Random random) {
        int[] minima = new int[MinHasher.HASHES];
        for (int i = 0; i < minima.length; i++) {
            minima[i] = random.nextInt();
        }
        return new PassageSignature(0, 0, 100, minima);
    }

    /** One minimum changed in each band from {@code shared} on: the first {@code shared} bands stay identical. */
    static PassageSignature sharingBands(PassageSignature base, int shared) {
        int[] minima = base.signature().clone();
        for (int band = shared; band < MinHasher.BANDS; band++) {
            minima[band * MinHasher.ROWS] ^= 0x5bd1e995;
        }
        return new PassageSignature(0, 0, 100, minima);
    }
}
