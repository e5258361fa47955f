package io.fazhi.platform.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total a dashboard needs to page through it. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    /**
     * The last page number a list endpoint accepts: page × size (at most 200) stays far inside an
     * int, where page=2147483647 overflowed into a negative first row and a 500.
     */
    public static final int MAX_PAGE = 100_000;

    /** The same page with each item turned into its view. */
    public <V> PageOf<V> map(Function<? super T, ? extends V> view) {
        return new PageOf<>(items.stream().<V>map(view).toList(), page, size, total);
    }
}
