package io.fazhi.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import io.fazhi.console.api.Rollup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count-down a clerk reads above the board, on each side of the due date. */
class BoardViewTest {

    private static Rollup rollup(int expected, int submitted) {
        return new Rollup(
                "140404",
                "上党区",
                "county",
                2024,
                expected,
                submitted,
                0,
                null,
                LocalDate.of(2025, 3, 31),
                null,
                List.of(),
                null);
    }

    @Test
    void beforeOnAndAfterTheDueDate() {
        assertThat(BoardView.countdown(rollup(13, 4), LocalDate.of(2025, 3, 21)))
                .isEqualTo("距报送截止还有10天，尚有9个乡镇未报送");
        assertThat(BoardView.countdown(rollup(13, 4), LocalDate.of(2025, 3, 31)))
                .isEqualTo("今天是报送截止日，尚有9个乡镇未报送");
        assertThat(BoardView.countdown(rollup(13, 12), LocalDate.of(2025, 4, 2)))
                .isEqualTo("报送截止日已过2天，仍有1个乡镇未报送");
        assertThat(BoardView.countdown(rollup(13, 13), LocalDate.of(2025, 4, 2)))
                .isEqualTo("报送截止日已过2天，全部乡镇均已报送");
    }

    @Test
    void eachTownshipAgainstTheDueDateInWords() {
        assertThat(new BoardView.Row("1", "甲", true, "r", 1, 80.0, false, 0, 5, "", 0).timeliness())
                .isEqualTo("提前5天");
        assertThat(new BoardView.Row("1", "甲", true, "r", 1, 80.0, true, 12, 0, "", 0).timeliness())
                .isEqualTo("逾期12天");
        assertThat(new BoardView.Row("1", "甲", true, "r", 1, 80.0, false, 0, 0, "", 0).timeliness())
                .isEqualTo("按期");
        assertThat(new BoardView.Row("1", "甲", false, null, null, null, false, 0, 0, "", 0).timeliness())
                .isEqualTo("—");
    }
}
