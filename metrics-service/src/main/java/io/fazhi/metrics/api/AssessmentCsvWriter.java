package io.fazhi.metrics.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Assessment lists as CSV for spreadsheets (UTF-8 with a BOM, so Excel shows the Chinese right). */
@Provider
@Produces("text/csv")
public class AssessmentCsvWriter implements MessageBodyWriter<AssessmentResource.PageOf> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return AssessmentResource.PageOf.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(AssessmentResource.PageOf page, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFreportId,version,townshipCode,year,score,missingContents,daysLate,status\n");
        for (AssessmentResource.AssessmentSummary s : page.items()) {
            csv.append(s.reportId()).append(',').append(s.version()).append(',').append(nullToEmpty(s.townshipCode()))
                    .append(',').append(s.year()).append(',').append(s.score()).append(',')
                    .append(String.join(";", s.missingContents())).append(',').append(s.daysLate()).append(',')
                    .append(s.status()).append('\n');
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
