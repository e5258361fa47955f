package io.fazhi.console.session;

import java.util.List;

/** The demo callers of the local suite's sign-in page: one of each kind, all around 长治市上党区. */
public final class DemoUsers {

    /** A demo user: who they are to a person choosing, and the token claims they sign in with. */
    public record DemoUser(String id, String label, String group, String place) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("township", "南宋镇（乡镇）", "township", "140404107"),
            new DemoUser("county", "上党区司法局（县级）", "county-office", "140404"),
            new DemoUser("city", "长治市司法局（市级）", "city-office", "1404"),
            new DemoUser("province", "山西省司法厅（省级）", "province-office", "14"),
            new DemoUser("admin", "系统管理员", "admin", ""));

    private DemoUsers() {}

    public static java.util.Optional<DemoUser> byId(String id) {
        return ALL.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
