package io.fazhi.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Paragraphs of measures and results, each with the indicators it states. */
enum Measure {
    STUDY {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int sessions = 10 + r.nextInt(50);
            int attendance = sessions * (15 + r.nextInt(30));
            put(truth, "study-sessions", sessions);
            put(truth, "study-attendance", attendance);
            return "强化法治学习。"
                    + own(r, "将习近平法治思想纳入党委理论学习中心组学习内容，全年组织专题学法、会前学法" + sessions + "次，参学人员达" + attendance + "人次。");
        }
    },
    MEDIATION {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int found = 20 + r.nextInt(500);
            put(truth, "disputes-found", found);
            put(truth, "resolution-rate", 100);
            return "化解矛盾纠纷。" + own(r, self + "坚持和发展新时代“枫桥经验”，全年共排查矛盾纠纷" + found + "件，化解率100%。");
        }
    },
    PUBLICITY {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int events = 5 + r.nextInt(40);
            int materials = 500 + r.nextInt(5000);
            put(truth, "publicity-events", events);
            put(truth, "publicity-materials", materials);
            return "深化普法宣传。" + own(r, "围绕宪法、民法典开展“八五”普法宣传活动" + events + "场，发放宣传资料" + materials + "份。");
        }
    },
    DECISIONS {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            return "推进依法决策。" + own(r, "重大行政决策严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序，聘请律师担任法律顾问。");
        }
    },
    ENFORCEMENT {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int staff = 5 + r.nextInt(30);
            return "规范行政执法。" + own(r, "全面落实行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，" + staff + "名执法人员全部持证上岗。");
        }
    },
    PETITIONS {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int received = 30 + r.nextInt(400);
            int closed = received - r.nextInt(5);
            put(truth, "petitions-received", received);
            put(truth, "petitions-closed", closed);
            return "推进信访法治化。" + own(r, "全年受理各类信访件" + received + "件，办结" + closed + "件。");
        }
    },
    LITIGATION {
        String write(Random r, String self, Map<String, List<Double>> truth) {
            int cases = 1 + r.nextInt(4);
            put(truth, "lawsuits", cases);
            return "做好行政应诉。" + own(r, "全年发生行政诉讼案件" + cases + "起，主要负责人出庭应诉，无败诉案件。");
        }
    };

    abstract String write(Random random, String self, Map<String, List<Double>> truth);

    /**
     * Clauses townships add in their own words around the facts: two independent reports rarely
     * share a paragraph, while a copied one keeps them all.
     */
    private static final String[] CLAUSES = {
        "坚持问题导向和目标导向，把这项工作摆上重要议事日程，", "紧紧围绕全镇经济社会发展中心工作，主动谋划、统筹推进，",
        "结合辖区人口多、矛盾杂的实际情况，因地制宜制定实施方案，", "按照县委县政府的统一部署和年度考核要求，逐项细化任务，",
        "在镇党委的统一领导下，由分管领导牵头、相关站所具体落实，", "以人民群众满意不满意作为检验工作成效的根本标准，",
        "对标对表年度任务清单和责任清单，挂图作战、销号管理，", "注重建章立制，先后出台多项配套制度，推动常态长效，",
        "通过召开党委会、专题推进会和印发工作方案等方式，", "主动对接县司法局、县信访局等县直部门，争取业务指导，",
        "充分发挥村两委、网格员和乡贤理事会的基础作用，", "镇纪委全程跟踪督促检查，对进展缓慢的及时约谈提醒，",
        "积极探索“互联网+”工作方法，提高工作效率和群众知晓率，", "层层签订目标责任书，把责任压实到班子成员和村居干部，",
        "聚焦群众反映强烈的急难愁盼问题，靶向发力、精准施策，", "统筹综治、司法、公安、市场监管等各方力量形成工作合力，",
        "利用农闲时节和赶集日集中开展活动，扩大覆盖面，", "坚持每月调度、每季通报，确保各项任务按时保质完成，",
        "邀请县直部门业务骨干现场授课、答疑解惑，", "建立工作台账，实行清单化管理和动态跟踪，",
        "把这项工作纳入村级年度目标考核，考核结果与评先评优挂钩，", "依托新时代文明实践站所，把服务送到群众家门口，",
        "注重总结提炼典型经验做法，在全镇范围内推广应用，", "坚持党建引领，发挥基层党组织战斗堡垒作用和党员先锋模范作用，"
    };

    /** The facts of a measure wrapped in two to four clauses of the township's own. */
    static String own(Random random, String facts) {
        StringBuilder paragraph = new StringBuilder();
        int clauses = 4 + random.nextInt(3);
        for (int i = 0; i < clauses; i++) {
            paragraph.append(CLAUSES[random.nextInt(CLAUSES.length)]);
        }
        return paragraph.append(facts).toString();
    }

    static List<Measure> pick(Random random, int count) {
        List<Measure> all = new ArrayList<>(List.of(values()));
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(count, all.size()));
    }

    private static void put(Map<String, List<Double>> truth, String kind, double value) {
        truth.computeIfAbsent(kind, k -> new ArrayList<>()).add(value);
    }
}
