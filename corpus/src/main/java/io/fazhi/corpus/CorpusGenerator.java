package io.fazhi.corpus;

import io.fazhi.platform.places.Place;
import io.fazhi.platform.places.PlaceDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes township annual reports the way townships write them — headers, titles, numbered
 * sections in varying styles, real numbers in the units reports use, omissions (no shortcomings,
 * no causes, no plans), and paragraphs copied from a neighbouring township with the names and
 * counts changed — and keeps the truth of each. Deterministic for a seed.
 */
public final class CorpusGenerator {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final List<Place> townships;
    private final PlaceDirectory places;
    private final Random random;
    private final List<SyntheticReport> generated = new ArrayList<>();
    private final Map<Integer, List<String>> measureParagraphs = new LinkedHashMap<>();

    public CorpusGenerator(PlaceDirectory places, long seed) {
        this.places = places;
        this.townships = places.townshipsUnder("");
        this.random = new Random(seed);
    }

    /** {@code count} reports for years 2021–2025, each for a real township. */
    public List<SyntheticReport> generate(int count) {
        for (int i = 0; i < count; i++) {
            generated.add(next(i));
        }
        return List.copyOf(generated);
    }

    private SyntheticReport next(int index) {
        Place township = townships.get(Math.floorMod((int) (index * 2654435761L), townships.size()));
        int year = 2021 + index % 5;
        List<Place> path = places.path(township.code());
        String county = path.size() > 2 ? path.get(2).name() : "";
        String name = township.name();
        String selfShort = name.endsWith("街道") ? "本街道" : "我镇";
        Style style = Style.values()[random.nextInt(Style.values().length)];
        Map<String, List<Double>> indicators = new LinkedHashMap<>();
        List<String> sections = new ArrayList<>();
        StringBuilder text = new StringBuilder();

        if (random.nextInt(3) == 0) {
            text.append("中共").append(county).append(name).append("委员会文件\n\n");
            text.append(name.charAt(0))
                    .append("发〔")
                    .append(year)
                    .append("〕")
                    .append(1 + random.nextInt(80))
                    .append("号\n\n");
        }
        text.append("中共")
                .append(name)
                .append("委员会 ")
                .append(name)
                .append("人民政府\n关于")
                .append(year)
                .append("年度法治政府建设情况的报告\n\n");
        text.append(year)
                .append("年，")
                .append(name)
                .append("在")
                .append(county)
                .append("委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：\n\n");

        int section = 0;
        if (random.nextInt(2) == 0) {
            text.append(style.heading(section++, "基本情况")).append('\n');
            text.append(name)
                    .append("位于")
                    .append(county)
                    .append("，辖")
                    .append(5 + random.nextInt(25))
                    .append("个行政村，总人口")
                    .append(1 + random.nextInt(5))
                    .append(".")
                    .append(random.nextInt(10))
                    .append("万余人。\n\n");
            sections.add("basic-info");
        }

        text.append(style.heading(section++, year + "年度推进法治政府建设的主要举措和成效")).append('\n');
        sections.add("measures");
        int copiedFrom = -1;
        int copied = 0;
        List<String> own = new ArrayList<>();
        if (!generated.isEmpty() && random.nextInt(5) == 0) {
            copiedFrom = random.nextInt(generated.size());
            SyntheticReport source = generated.get(copiedFrom);
            if (source.townshipCode().equals(township.code())) {
                copiedFrom = -1;
            } else {
                for (String paragraph : measureParagraphs.get(copiedFrom)) {
                    String changed = paragraph
                            .replace(source.townshipName(), name)
                            .replaceAll("\\d+", String.valueOf(3 + random.nextInt(90)));
                    own.add(changed);
                    copied++;
                }
            }
        }
        if (copiedFrom < 0) {
            for (Measure measure : Measure.pick(random, 3 + random.nextInt(4))) {
                own.add(measure.write(random, selfShort, indicators));
            }
        }
        int sub = 0;
        for (String paragraph : own) {
            text.append(style.subheading(sub++)).append(paragraph).append("\n\n");
        }
        measureParagraphs.put(index, own);

        if (random.nextInt(10) < 7) {
            text.append(style.heading(section++, "党政主要负责人履行推进法治建设第一责任人职责情况")).append('\n');
            text.append(name)
                    .append("党委书记认真履行推进法治建设第一责任人职责，全年主持召开党委会研究法治建设工作")
                    .append(2 + random.nextInt(6))
                    .append("次，年终述法。\n\n");
            sections.add("first-responsible");
        }
        boolean causes = false;
        if (random.nextInt(10) < 7) {
            text.append(style.heading(section++, "存在的不足和原因")).append('\n');
            text.append("一是普法宣传形式较为单一；二是部分干部依法行政意识有待提高。");
            if (random.nextBoolean()) {
                text.append("究其原因，主要是学习培训的针对性不强，考核机制不够健全。");
                causes = true;
            }
            text.append("\n\n");
            sections.add("shortcomings");
        }
        if (random.nextInt(4) < 3) {
            text.append(style.heading(section++, "下一年度推进法治政府建设的主要安排")).append('\n');
            text.append(year + 1).append("年，").append(selfShort).append("将继续深化普法宣传，加强执法队伍建设，推进矛盾纠纷多元化解。\n\n");
            sections.add("next-year-plan");
        }
        LocalDate issued = LocalDate.of(year + 1, 1 + random.nextInt(4), 1 + random.nextInt(28));
        text.append("中共")
                .append(name)
                .append("委员会\n")
                .append(name)
                .append("人民政府\n")
                .append(issued.getYear())
                .append("年")
                .append(issued.getMonthValue())
                .append("月")
                .append(issued.getDayOfMonth())
                .append("日\n");
        return new SyntheticReport(
                index,
                township.code(),
                name,
                year,
                text.toString(),
                List.copyOf(sections),
                causes,
                indicators,
                copiedFrom,
                copied,
                issued);
    }

    /** Heading styles townships use. */
    private enum Style {
        COMMA {
            String heading(int n, String title) {
                return NUMERALS[n] + "、" + title;
            }
        },
        MARKDOWN {
            String heading(int n, String title) {
                return "## " + NUMERALS[n] + "、" + title;
            }
        },
        BOLD {
            String heading(int n, String title) {
                return "**" + NUMERALS[n] + "、" + title + "**";
            }
        };

        abstract String heading(int n, String title);

        String subheading(int n) {
            return "（" + NUMERALS[n] + "）";
        }
    }
}
