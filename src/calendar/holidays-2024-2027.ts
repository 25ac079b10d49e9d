import type { Holiday } from './working-days.js';

/**
 * Thai government-office holidays (วันหยุดราชการ) 2024–2027 (พ.ศ. 2567–2570), weekend ones included, with
 * their substitution days (วันหยุดชดเชย) and the cabinet's special extra days. Labour Day (1 May) and
 * Children's Day are not office holidays and are left out; the Royal Ploughing Ceremony (วันพืชมงคล) is an
 * office holiday (not a bank holiday) and is in.
 *
 * Sources and rules:
 * - Cabinet (ครม.) 24 Oct 2023: special day 30 Dec 2024; ครม. 13 Feb 2024: special day 12 Apr 2024;
 *   ครม. 12 Nov 2024: special days 2 Jun 2025, 11 Aug 2025 and 2 Jan 2026. On 2 Dec 2025 the cabinet withdrew
 *   the proposed extra days of 2026 (2 Jun, 31 Jul); 2 Jan 2026 stays. Nothing is known yet for 2027.
 * - Lunar days (full moon of months 3/4, 6 and 8; Khao Phansa the day after Asanha) as published for 2024–2025
 *   and as computed by the Thai lunisolar calendar of python-holidays (vacanza/holidays, tests/calendars/
 *   test_thai.py) for 2026–2027; 2026 has an extra month, so Makha Bucha falls on the full moon of month 4.
 * - Substitution: a holiday on a Saturday or Sunday gives the next working day off. Songkran gives one
 *   substitution day at most; Asanha Bucha and Khao Phansa together give one; Khao Phansa on a Sunday gives
 *   none (2024: only 22 Jul). Substitution days of 2026–2027 follow these rules and await the cabinet's list.
 * - Royal Ploughing days are set yearly by the Bureau of the Royal Household: 10 May 2024, 9 May 2025,
 *   13 May 2026 (the last from python-holidays only); the 2027 day is not announced and must be added at
 *   run time with addHoliday.
 * - Queen Sirikit died in October 2025; from 2026 12 August is listed as National Mother's Day only, until
 *   the cabinet's list names the day anew.
 */
const CHAKRI = ['วันจักรี', 'Chakri Memorial Day'] as const;
const SONGKRAN = ['วันสงกรานต์', 'Songkran Festival'] as const;
const CORONATION = ['วันฉัตรมงคล', 'Coronation Day'] as const;
const PLOUGHING = ['วันพืชมงคล', 'Royal Ploughing Ceremony Day'] as const;
const QUEEN = ['วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', "H.M. Queen Suthida's Birthday"] as const;
const KING = ['วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', "H.M. King Maha Vajiralongkorn's Birthday"] as const;
const QUEEN_MOTHER = [
  'วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ',
  "H.M. Queen Sirikit The Queen Mother's Birthday and National Mother's Day",
] as const;
const MOTHERS_DAY = ['วันแม่แห่งชาติ', "National Mother's Day"] as const;
const RAMA_IX_MEMORIAL = ['วันนวมินทรมหาราช', 'H.M. King Bhumibol Adulyadej the Great Memorial Day'] as const;
const CHULALONGKORN = ['วันปิยมหาราช', 'Chulalongkorn Day'] as const;
const FATHERS_DAY = [
  'วันคล้ายวันพระบรมราชสมภพ รัชกาลที่ 9 วันชาติ และวันพ่อแห่งชาติ',
  "H.M. King Bhumibol Adulyadej the Great's Birthday, National Day and National Father's Day",
] as const;
const MAKHA = ['วันมาฆบูชา', 'Makha Bucha Day'] as const;
const VISAKHA = ['วันวิสาขบูชา', 'Visakha Bucha Day'] as const;
const ASANHA = ['วันอาสาฬหบูชา', 'Asanha Bucha Day'] as const;
const KHAO_PHANSA = ['วันเข้าพรรษา', 'Khao Phansa (Buddhist Lent) Day'] as const;
const NEW_YEAR = ['วันขึ้นปีใหม่', "New Year's Day"] as const;
const CONSTITUTION = ['วันรัฐธรรมนูญ', 'Constitution Day'] as const;
const NEW_YEARS_EVE = ['วันสิ้นปี', "New Year's Eve"] as const;
const SPECIAL = ['วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', 'Special government holiday (cabinet resolution)'] as const;

type Names = readonly [string, string];
const on = (date: string, [nameTh, nameEn]: Names): Holiday => ({ date, nameTh, nameEn });
const substitute = (date: string, [nameTh, nameEn]: Names): Holiday =>
  ({ date, nameTh: `วันหยุดชดเชย${nameTh}`, nameEn: `Substitution for ${nameEn}` });

export const SHIPPED_HOLIDAYS: readonly Holiday[] = [
  // 2024 (พ.ศ. 2567)
  on('2024-01-01', NEW_YEAR),
  on('2024-02-24', MAKHA),
  substitute('2024-02-26', MAKHA),
  on('2024-04-06', CHAKRI),
  substitute('2024-04-08', CHAKRI),
  on('2024-04-12', SPECIAL),
  on('2024-04-13', SONGKRAN),
  on('2024-04-14', SONGKRAN),
  on('2024-04-15', SONGKRAN),
  substitute('2024-04-16', SONGKRAN),
  on('2024-05-04', CORONATION),
  substitute('2024-05-06', CORONATION),
  on('2024-05-10', PLOUGHING),
  on('2024-05-22', VISAKHA),
  on('2024-06-03', QUEEN),
  on('2024-07-20', ASANHA),
  on('2024-07-21', KHAO_PHANSA),
  substitute('2024-07-22', ASANHA),
  on('2024-07-28', KING),
  substitute('2024-07-29', KING),
  on('2024-08-12', QUEEN_MOTHER),
  on('2024-10-13', RAMA_IX_MEMORIAL),
  substitute('2024-10-14', RAMA_IX_MEMORIAL),
  on('2024-10-23', CHULALONGKORN),
  on('2024-12-05', FATHERS_DAY),
  on('2024-12-10', CONSTITUTION),
  on('2024-12-30', SPECIAL),
  on('2024-12-31', NEW_YEARS_EVE),
  // 2025 (พ.ศ. 2568)
  on('2025-01-01', NEW_YEAR),
  on('2025-02-12', MAKHA),
  on('2025-04-06', CHAKRI),
  substitute('2025-04-07', CHAKRI),
  on('2025-04-13', SONGKRAN),
  on('2025-04-14', SONGKRAN),
  on('2025-04-15', SONGKRAN),
  substitute('2025-04-16', SONGKRAN),
  on('2025-05-04', CORONATION),
  substitute('2025-05-05', CORONATION),
  on('2025-05-09', PLOUGHING),
  on('2025-05-11', VISAKHA),
  substitute('2025-05-12', VISAKHA),
  on('2025-06-02', SPECIAL),
  on('2025-06-03', QUEEN),
  on('2025-07-10', ASANHA),
  on('2025-07-11', KHAO_PHANSA),
  on('2025-07-28', KING),
  on('2025-08-11', SPECIAL),
  on('2025-08-12', QUEEN_MOTHER),
  on('2025-10-13', RAMA_IX_MEMORIAL),
  on('2025-10-23', CHULALONGKORN),
  on('2025-12-05', FATHERS_DAY),
  on('2025-12-10', CONSTITUTION),
  on('2025-12-31', NEW_YEARS_EVE),
  // 2026 (พ.ศ. 2569)
  on('2026-01-01', NEW_YEAR),
  on('2026-01-02', SPECIAL),
  on('2026-03-03', MAKHA),
  on('2026-04-06', CHAKRI),
  on('2026-04-13', SONGKRAN),
  on('2026-04-14', SONGKRAN),
  on('2026-04-15', SONGKRAN),
  on('2026-05-04', CORONATION),
  on('2026-05-13', PLOUGHING),
  on('2026-05-31', VISAKHA),
  substitute('2026-06-01', VISAKHA),
  on('2026-06-03', QUEEN),
  on('2026-07-28', KING),
  on('2026-07-29', ASANHA),
  on('2026-07-30', KHAO_PHANSA),
  on('2026-08-12', MOTHERS_DAY),
  on('2026-10-13', RAMA_IX_MEMORIAL),
  on('2026-10-23', CHULALONGKORN),
  on('2026-12-05', FATHERS_DAY),
  substitute('2026-12-07', FATHERS_DAY),
  on('2026-12-10', CONSTITUTION),
  on('2026-12-31', NEW_YEARS_EVE),
  // 2027 (พ.ศ. 2570)
  on('2027-01-01', NEW_YEAR),
  on('2027-02-21', MAKHA),
  substitute('2027-02-22', MAKHA),
  on('2027-04-06', CHAKRI),
  on('2027-04-13', SONGKRAN),
  on('2027-04-14', SONGKRAN),
  on('2027-04-15', SONGKRAN),
  on('2027-05-04', CORONATION),
  on('2027-05-20', VISAKHA),
  on('2027-06-03', QUEEN),
  on('2027-07-18', ASANHA),
  on('2027-07-19', KHAO_PHANSA),
  substitute('2027-07-20', ASANHA),
  on('2027-07-28', KING),
  on('2027-08-12', MOTHERS_DAY),
  on('2027-10-13', RAMA_IX_MEMORIAL),
  on('2027-10-23', CHULALONGKORN),
  substitute('2027-10-25', CHULALONGKORN),
  on('2027-12-05', FATHERS_DAY),
  substitute('2027-12-06', FATHERS_DAY),
  on('2027-12-10', CONSTITUTION),
  on('2027-12-31', NEW_YEARS_EVE),
];
