namespace Geopolitics.Nlp.Dates;

/// <summary>
/// Clock times: <c>pukul 09.23 WIB</c>, <c>pukul 21.22 waktu setempat</c>, <c>pukul 8 pagi</c>,
/// <c>pukul 02.00 dini hari 5 Mei waktu Jakarta</c>, <c>pukul 06.18 WIB kemarin</c>, <c>pukul 06.00 pagi ini</c>, and the bare clock of a byline
/// (<c>14:49 WIB</c>, or <c>19:39</c> right after its date).
/// </summary>
internal static class ClockTimes
{
    /// <summary>A clock time opened by <c>pukul</c> or <c>jam</c> at <paramref name="i"/>.</summary>
    public static bool TryTime(TokenView t, int i, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (!t.IsNumber(i + 1) || !TryClock(t[i + 1].AsSpan(), out var hour, out var minute, out var second, out var separator) ||
            (separator == '\0' && t.Is(i, "jam")))
        {
            return false;
        }

        return TryComplete(t, i, i + 2, hour, minute, second, out c, out next);
    }

    /// <summary>
    /// A clock without <c>pukul</c>: only with a zone after it (<c>14:49 WIB</c>), written with a colon right after a date
    /// (<c>17 June 2025 19:39</c>), after a day and a byline's bar (<c>Rabu, 24 September 2025 | 11:42</c>, also
    /// <c>| 11.42</c>), or ending a byline after its full date and a comma (<c>12 November 2025, 17.05</c>). Elsewhere <c>10.15</c> is more often a decimal and <c>11:42</c> a score or a ratio.
    /// </summary>
    public static bool TryBare(TokenView t, int i, Preceding preceding, out DateCandidate c, out int next)
    {
        c = default;
        next = i;
        if (!TryClock(t[i].AsSpan(), out var hour, out var minute, out var second, out var separator) || separator == '\0' ||
            !(t.Word(i + 1).Is(WordClass.Zone) || (separator == ':' && preceding.EndsRightBefore(t, i)) || preceding.IsBylineDateBefore(t, i) ||
              preceding.IsBylineDateThenClock(t, i)))
        {
            return false;
        }

        return TryComplete(t, i, i + 1, hour, minute, second, out c, out next);
    }

    /// <summary>
    /// <c>09.23</c>, <c>09:23</c>, <c>9</c> or <c>08:15:00</c>: hours, minutes and seconds (null when not written), with the
    /// separator (<c>\0</c> when none). Seconds only after colons, as bylines write them (iNews, Republika): a dotted
    /// <c>10.15.30</c> is more often a section or version number.
    /// </summary>
    private static bool TryClock(ReadOnlySpan<char> s, out int hour, out int minute, out int? second, out char separator)
    {
        minute = 0;
        second = null;
        var sep = s.IndexOfAny('.', ':');
        separator = sep < 0 ? '\0' : s[sep];
        if (sep > 0 && separator == ':' && s.Length - sep == 6 && s[sep + 3] == ':')
        {
            if (!Numerals.TryInt(s[(sep + 4)..], out var seconds) || seconds > 59)
            {
                hour = 0;
                return false;
            }

            second = seconds;
            s = s[..(sep + 3)];
        }

        if (sep < 0 ? !Numerals.TryInt(s, out hour) || s.Length > 2 : !Numerals.TryInt(s[..sep], out hour) || sep > 2 ||
            !Numerals.TryInt(s[(sep + 1)..], out minute) || s.Length - sep != 3)
        {
            hour = 0;
            return false;
        }

        return hour <= 24 && minute <= 59;
    }

    /// <summary>What may follow the clock: a part of day, a date, a zone, a day word (<c>kemarin</c>).</summary>
    private static bool TryComplete(TokenView t, int first, int k, int hour, int minute, int? second, out DateCandidate c, out int next)
    {
        var period = t.Word(k);
        var night = t.Is(k, "malam");
        var hasPeriod = period.Is(WordClass.DayPeriod);
        if (hasPeriod)
        {
            // "pukul 8 malam" is 20:00; "pukul 2 dini hari" stays 02:00.
            if (period.Unit is "AF" or "EV" or "NI" && hour is >= 1 and < 12 && !(period.Unit == "NI" && hour < 4) && !t.Is(k, "dini"))
            {
                hour += 12;
            }

            k += t.Is(k, "dini") && t.Is(k + 1, "hari") ? 2 : 1;
        }

        // "pukul 02.00 dini hari 5 Mei": the day is written after the clock.
        var day = default(DateFields);
        if (t.IsNumber(k) && NumericDates.TryDayMonth(t, k, out var date, out var afterDate) && date.To.IsEmpty)
        {
            day = date.From;
            k = afterDate;
        }

        var zone = int.MinValue;
        if (t.Word(k).Is(WordClass.Zone))
        {
            zone = t.Word(k).Zone;
            k++;
        }
        else if (t.Is(k, "waktu") && t.Is(k + 1, "setempat"))
        {
            k += 2;
        }
        else if (t.Is(k, "waktu") && t.Word(k + 1).Is(WordClass.ZonePlace))
        {
            zone = t.Word(k + 1).Zone;
            k += 2;
        }

        // "pukul 06.18 WIB kemarin", "pukul 20.00 hari ini": a day word names the clock's day from the document date, as
        // it does alone; "pukul 06.00 pagi ini", "pukul 23.00 malam tadi": after a part of the day, today (last night).
        var offset = 0;
        var dayWord = false;
        if (day.IsEmpty && RelativeDates.TryTableEntry(t, k, out var entry, out var afterWord) && entry.Unit == "day")
        {
            (offset, dayWord, k) = (entry.Offset, true, afterWord);

            // "pukul 15.00 WIB hari ini (8/8/2014)": the date written after the word is the day, as in `kemarin (18/5)`.
            if (NamedDates.TryParenDate(t, k, out var written, out var afterWritten))
            {
                (day, offset, dayWord, k) = (written, 0, false, afterWritten);
            }
        }
        else if (day.IsEmpty && hasPeriod && (t.Is(k, "ini") || t.Is(k, "tadi")))
        {
            (offset, dayWord) = (night && t.Is(k, "tadi") ? -1 : 0, true);
            k++;
        }

        c = new DateCandidate
        {
            Start = t[first].Start,
            End = t.EndOf(k - 1),
            Kind = CandidateKind.Time,
            Hour = hour,
            Minute = minute,
            Second = second,
            Zone = zone,
            From = day,
            DayOffset = offset,
            DayWord = dayWord,
        };
        next = k;
        return true;
    }
}
