package io.fazhi.report.extract;

import io.fazhi.core.problem.ProblemType;
import io.fazhi.platform.problem.ProblemException;

/** The submitted content cannot be read as a report: 422 with the reason. */
public class UnreadableReportException extends ProblemException {
    public UnreadableReportException(String detail) {
        super(ProblemType.UNPROCESSABLE, detail);
    }
}
