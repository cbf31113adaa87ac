/**
 * The one rule for the report year a date defaults to — the ribbon's button, the pane's insert
 * form and `nianbao template` all start from it (any other year can be chosen).
 *
 * 《政府信息公开条例》第四十九条/第五十条: departments publish the previous year's report by
 * 1月31日, local governments by 3月31日. So:
 *
 * - January–March: last year. The report being written, checked and published is last year's.
 * - April–December: this year. Last year's report is out; what a clerk opens a template for is
 *   the year under way — filling the counts in as the year runs, and in December preparing the
 *   report due in January (agencies collect the year's figures from early December). A clerk
 *   opening the template on 10 December 2026 expects the 2026 table, not the 2025 one already
 *   published in spring.
 *
 * Pure: the caller passes today's date in local time.
 */

/** The last month (0-based, March) in which last year's report is still the one under way. */
export const LAST_MONTH_OF_PREVIOUS_SEASON = 2;

/** The report year `today` defaults to (local date). */
export function reportingYear(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() <= LAST_MONTH_OF_PREVIOUS_SEASON ? year - 1 : year;
}
