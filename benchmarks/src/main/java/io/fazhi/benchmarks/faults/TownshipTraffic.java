package io.fazhi.benchmarks.faults;

import io.fazhi.local.DevTokens;
import io.fazhi.platform.places.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Townships submitting, revising and withdrawing their reports, and some careless ones sending what
 * must be refused, each township from one worker so that its own requests stay in order. Keeps the
 * ledger of what callers were told: every version answered 201, every withdrawal, every refusal.
 */
final class TownshipTraffic {

    private static final int WORKERS = 4;
    private static final int[] YEARS = {2021, 2022, 2023, 2024, 2025};

    /** What a township's report for one year has become, as its township was told. */
    private static final class Slot {
        String reportId;
        int versions;
        boolean withdrawn;
    }

    private final PatientClient client;
    private final List<Place> townships;
    private final List<BlockingQueue<Runnable>> queues = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Random random = new Random(20261202);

    /** "reportId#version" of every version answered 201. */
    final Set<String> acceptedVersions = ConcurrentHashMap.newKeySet();

    final Set<String> withdrawn = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicInteger> refusedByStatus = new ConcurrentSkipListMap<>();
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger actions = new AtomicInteger();
    /** Answers a careful reader would not expect: a refusal of a good report, a careless one stored. */
    final List<String> surprises = java.util.Collections.synchronizedList(new ArrayList<>());

    TownshipTraffic(PatientClient client, List<Place> townships) {
        this.client = client;
        this.townships = townships;
        for (int i = 0; i < WORKERS; i++) {
            BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread worker = new Thread(() -> drain(queue), "township-worker-" + i);
            workers.add(worker);
            worker.start();
        }
    }

    /** Queues the next action of a township picked at random. */
    void next() {
        int t = random.nextInt(townships.size());
        int year = YEARS[random.nextInt(YEARS.length)];
        double roll = random.nextDouble();
        queues.get(t % WORKERS).add(() -> act(townships.get(t), year, roll));
    }

    /** Waits until every queued action has its final answer. */
    void finish() throws InterruptedException {
        for (BlockingQueue<Runnable> queue : queues) {
            queue.add(() -> Thread.currentThread().interrupt());
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.MINUTES.toMillis(10));
        }
    }

    Set<String> reportIds() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        slots.values().forEach(s -> {
            if (s.reportId != null) {
                ids.add(s.reportId);
            }
        });
        return ids;
    }

    int refused() {
        return refusedByStatus.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void drain(BlockingQueue<Runnable> queue) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                queue.take().run();
            }
        } catch (InterruptedException done) {
            // The end marker, or the run was stopped.
        }
    }

    private void act(Place township, int year, double roll) {
        actions.incrementAndGet();
        Slot slot = slots.computeIfAbsent(township.code() + "/" + year, k -> new Slot());
        String token = DevTokens.mint("township", township.code());
        try {
            if (slot.withdrawn) {
                return; // A withdrawn year stays withdrawn in this run.
            }
            if (roll < 0.03) {
                refusal(token, Map.of("text", "会议通知：请各村于本周五下午三点到镇政府会议室开会。"), "a notice, not a report");
            } else if (roll < 0.06) {
                refusal(token, Map.of("text", report(township, year, 0), "year", 1900), "year 1900");
            } else if (roll < 0.09) {
                Place other = townships.get((townships.indexOf(township) + 1) % townships.size());
                refusal(
                        token,
                        Map.of("text", report(other, year, 0), "townshipCode", other.code(), "year", year),
                        "another township's code");
            } else if (roll < 0.20 && slot.reportId != null) {
                PatientClient.Answer answer = client.withdraw(token, slot.reportId);
                // 409 "already withdrawn" after an unanswered first attempt: that attempt did it.
                if (answer.status() == 200
                        || answer.status() == 409 && answer.body().contains("already withdrawn")) {
                    slot.withdrawn = true;
                    withdrawn.add(slot.reportId);
                } else {
                    unexpected("withdrawing " + slot.reportId, answer);
                }
            } else {
                Map<String, Object> body = new HashMap<>();
                body.put("text", report(township, year, slot.versions));
                body.put("year", year);
                PatientClient.Answer answer = client.submit(token, body);
                if (answer.status() == 201) {
                    slot.reportId = answer.reportId();
                    slot.versions = Math.max(slot.versions, answer.version());
                    acceptedVersions.add(answer.reportId() + "#" + answer.version());
                } else {
                    unexpected("submitting " + township.name() + " " + year, answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refusal(String token, Map<String, Object> body, String what) throws InterruptedException {
        PatientClient.Answer answer = client.submit(token, body);
        if (answer.status() >= 400 && answer.status() < 500) {
            refusedByStatus
                    .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                    .incrementAndGet();
        } else {
            unexpected("sending " + what, answer);
        }
    }

    private void unexpected(String what, PatientClient.Answer answer) {
        if (answer.status() < 0) {
            unanswered.incrementAndGet();
        } else if (answer.status() >= 400 && answer.status() < 500) {
            refusedByStatus
                    .computeIfAbsent(answer.status(), s -> new AtomicInteger())
                    .incrementAndGet();
        }
        surprises.add(what + ": " + answer.status() + " "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
    }

    /** A short report with the five required contents; a revision adds a line. */
    static String report(Place township, int year, int revision) {
        StringBuilder text = new StringBuilder()
                .append(township.name())
                .append(year)
                .append("年法治政府建设年度报告\n\n")
                .append(year)
                .append("年，")
                .append(township.name())
                .append("在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，现将")
                .append(year)
                .append("年度法治政府建设情况报告如下。\n\n")
                .append("一、")
                .append(year)
                .append("年推进法治政府建设的主要举措和成效\n")
                .append("（一）党委书记、镇长切实履行推进法治建设第一责任人职责，召开专题会议4次，研究解决重大法治问题6项。\n")
                .append("（二）推进依法行政，完成行政执法案卷评查23卷，行政复议纠错率下降到2%。\n")
                .append("（三）开展普法宣传活动31场，受众1.2万人次。\n\n")
                .append("二、存在的不足和原因\n执法人员法律素养有待提高，原因是培训次数偏少、考核不严。\n\n")
                .append("三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头讲法治课2次，审核规范性文件5件。\n\n")
                .append("四、")
                .append(year + 1)
                .append("年推进法治政府建设的主要安排\n健全重大行政决策程序，加强执法监督，深化法治宣传教育。\n\n")
                .append("五、其他需要报告的事项\n无。\n");
        if (revision > 0) {
            text.append("\n（第")
                    .append(revision + 1)
                    .append("稿：补充全年行政执法统计数据，共办理案件")
                    .append(40 + revision)
                    .append("件。）\n");
        }
        return text.toString();
    }
}
