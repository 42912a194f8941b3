package org.hygie.appointments.desktop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.hygie.appointments.api.WorkingPeriod;
import org.junit.jupiter.api.Test;

class HoursTextTest {
    private static WorkingPeriod monday(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    @Test
    void parse_shouldReadTheWaysDoctorsWriteHours() {
        assertThat(HoursText.parse(DayOfWeek.MONDAY, "08:00-12:00, 14:00-18:30"))
                .containsExactly(monday(8, 0, 12, 0), monday(14, 0, 18, 30));
        assertThat(HoursText.parse(DayOfWeek.MONDAY, " 8h30 – 12h ; 14h-17h ")).containsExactly(monday(8, 30, 12, 0),
                monday(14, 0, 17, 0));
        assertThat(HoursText.parse(DayOfWeek.MONDAY, "  ")).as("a day off").isEmpty();
    }

    @Test
    void parse_shouldRefuseWhatIsNoSpanNamingThePart() {
        assertThatThrownBy(() -> HoursText.parse(DayOfWeek.MONDAY, "08:00-12:00, le matin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("le matin");
        assertThatThrownBy(() -> HoursText.parse(DayOfWeek.MONDAY, "25:00-26:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("25:00-26:00");
    }

    @Test
    void format_shouldWriteTheDaysPeriodsInOrderSoThatParseReadsThemBack() {
        List<WorkingPeriod> week = List.of(monday(14, 0, 18, 0), monday(8, 0, 12, 0),
                new WorkingPeriod(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));
        String text = HoursText.format(DayOfWeek.MONDAY, week);
        assertThat(text).isEqualTo("08:00–12:00, 14:00–18:00");
        assertThat(HoursText.parse(DayOfWeek.MONDAY, text)).containsExactly(monday(8, 0, 12, 0), monday(14, 0, 18, 0));
        assertThat(HoursDialog.periodIndex("periods[3]")).isEqualTo(3);
        assertThat(HoursDialog.periodIndex("start")).isEqualTo(-1);
    }
}
