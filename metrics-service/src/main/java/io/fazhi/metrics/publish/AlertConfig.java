package io.fazhi.metrics.publish;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When an assessment raises a compliance alert ({@code fazhi.alerts.*}). */
@ConfigMapping(prefix = "fazhi.alerts")
public interface AlertConfig {

    /** Below this overall score a report raises a low-score alert (critical below half of it). */
    @WithDefault("60")
    double lowScore();

    /** Shared passages of at least this many characters with one other report raise a template-reuse alert. */
    @WithDefault("200")
    int reuseMinSharedChars();
}
