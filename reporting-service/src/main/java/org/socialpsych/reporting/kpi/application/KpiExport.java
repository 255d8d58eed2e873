package org.socialpsych.reporting.kpi.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.socialpsych.reporting.kpi.application.KpiService.AreaKpis;
import org.socialpsych.reporting.kpi.application.KpiService.KpiTable;
import org.socialpsych.reporting.kpi.domain.IndicatorDefinition;
import org.socialpsych.reporting.kpi.domain.KpiCalculator.Kpi;
import org.socialpsych.reporting.kpi.infra.IndicatorRegistry;

/** KPI tables in the formats officials use: XLSX with Chinese headers, and UTF-8 CSV (with BOM for Excel). */
public final class KpiExport {

    public static final List<String> HEADERS = List.of("地区代码", "地区名称", "层级", "指标代码", "指标名称", "数值", "分子",
            "分母", "目标值", "完成情况", "统计期");
    /** Columns of {@link #HEADERS} written as numbers in XLSX: value, numerator, denominator, target. */
    public static final Set<Integer> NUMERIC_COLUMNS = Set.of(5, 6, 7, 8);
    public static final String SHEET = "指标完成情况";

    private KpiExport() {
    }

    static List<List<String>> rows(KpiTable table, IndicatorRegistry indicators) {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(rows(table.area(), table.period(), indicators));
        for (AreaKpis child : table.children()) {
            rows.addAll(rows(child, table.period(), indicators));
        }
        return rows;
    }

    /** One row per KPI of one area in one period, in the order and shape of {@link #HEADERS}. */
    public static List<List<String>> rows(AreaKpis a, String period, IndicatorRegistry indicators) {
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : a.kpis()) {
            IndicatorDefinition d = indicators.get(k.indicator());
            rows.add(List.of(a.areaCode(), nz(a.areaName()), nz(a.level()), k.indicator(),
                    d == null ? "" : d.nameZh(), num(k.value()), num(k.numerator()), num(k.denominator()),
                    num(k.target()), statusZh(k.status().name()), period));
        }
        return rows;
    }

    public static String statusZh(String status) {
        return switch (status) {
            case "MET" -> "已达标";
            case "AT_RISK" -> "接近目标";
            case "MISSED" -> "未达标";
            case "NO_TARGET" -> "无目标";
            case "SUPPRESSED" -> "样本过小不予显示";
            default -> "无数据";
        };
    }

    public static byte[] xlsx(KpiTable table, IndicatorRegistry indicators) throws IOException {
        return xlsx(SHEET, HEADERS, NUMERIC_COLUMNS, rows(table, indicators));
    }

    public static String csv(KpiTable table, IndicatorRegistry indicators) {
        return csv(HEADERS, rows(table, indicators));
    }

    /**
     * The one XLSX writer of the service (synchronous exports and export jobs): bold Chinese
     * headers, numbers in {@code numericColumns} as numeric cells, everything else as text. Streams
     * rows through POI's SXSSF window so a large export does not hold the whole sheet model.
     */
    public static byte[] xlsx(String sheetName, List<String> headers, Set<Integer> numericColumns,
            List<List<String>> rows) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(bold);
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    String v = row.get(i);
                    Cell c = x.createCell(i);
                    if (numericColumns.contains(i) && !v.isEmpty()) {
                        c.setCellValue(Double.parseDouble(v));
                    } else {
                        c.setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } finally {
            wb.dispose(); // temp files of the streamed rows
            wb.close();
        }
    }

    /** The one CSV writer: UTF-8 with BOM for Excel, CRLF, formula-injection safe cells. */
    public static String csv(List<String> headers, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(",", headers)).append("\r\n");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String v : row) {
                cells.add(csvCell(v));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    static String csvCell(String v) {
        String safe = v;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?[0-9.]+")) {
            safe = "'" + safe; // no formula injection into officials' spreadsheets
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            safe = "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String num(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return n.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
