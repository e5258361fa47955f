package io.fazhi.metrics.checklist;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;

/** A checklist file a scorer cannot use: which fields are wrong, all at once. */
public class InvalidChecklistException extends ProblemException {
    public InvalidChecklistException(String detail) {
        super(ProblemType.VALIDATION, detail);
    }
}
