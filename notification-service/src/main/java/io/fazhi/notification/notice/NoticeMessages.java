package io.fazhi.notification.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fazhi.events.EventJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A notice as each channel carries it: the webhook's JSON body, the e-mail's text. */
public final class NoticeMessages {

    private NoticeMessages() {}

    /** The Standard Webhooks payload shape: {@code type}, {@code timestamp}, {@code data}. */
    public static String webhookBody(Notice notice) {
        return json(Map.of(
                "type", notice.eventType(), "timestamp", notice.occurredAt().toString(), "data", data(notice)));
    }

    /** The facts of a notice as a receiver's program reads them. */
    public static Map<String, Object> data(Notice notice) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", notice.eventId());
        data.put("kind", notice.kind());
        data.put("severity", notice.severity().wire());
        data.put("title", notice.title());
        data.put("message", notice.message());
        data.put("link", notice.link());
        data.put("year", notice.year());
        data.put("reportId", notice.reportId());
        data.put("county", place(notice.countyCode(), notice.countyName()));
        data.put(
                "townships",
                notice.townships().stream().map(t -> place(t.code(), t.name())).toList());
        data.put("details", notice.details());
        return data;
    }

    public static String emailText(Notice notice) {
        return notice.title() + "\n\n" + notice.message() + "\n\n查看详情：" + notice.link() + "\n\n"
                + footer(notice.eventId());
    }

    public static String footer(String messageId) {
        return "——\n本邮件由法治政府建设年度报告系统自动发送，请勿直接回复。消息编号：" + messageId;
    }

    public static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write notification JSON", e);
        }
    }

    private static Map<String, String> place(String code, String name) {
        Map<String, String> place = new LinkedHashMap<>();
        place.put("code", code);
        place.put("name", name);
        return place;
    }

    /** Every code prefix a subscription may name for this place: 14, 1404, 140404, 140404107. */
    public static List<String> prefixes(String place) {
        return IntStream.of(2, 4, 6, 9)
                .filter(n -> n <= place.length())
                .mapToObj(n -> place.substring(0, n))
                .toList();
    }
}
