package kz.tizim.server.transparency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.tizim.server.transparency.Figure.Chart;
import kz.tizim.server.transparency.Figure.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transparency report: every figure as a chart (drawn by {@code /js/transparency.js} from a JSON
 * block, since the CSP allows no inline script), its table next to it, and its CSV download.
 */
@Controller
class TransparencyController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TransparencyFigures figures;
    private final MessageSource messages;
    private final Clock clock;

    TransparencyController(TransparencyFigures figures, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.messages = messages;
        this.clock = clock;
    }

    /** A figure with its chart data and its table cells as the reader reads them, ready for the template. */
    record Shown(Figure figure, String chartJson, List<List<String>> cells) {
    }

    @GetMapping("/transparency")
    String report(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("figures", figures.all().stream()
                .map(f -> new Shown(f, chartJson(f, locale), cells(f, locale))).toList());
        model.addAttribute("asOf", clock.instant());
        return "transparency/report";
    }

    @GetMapping("/transparency/{id}.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        Figure figure = figures.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tizim-" + id + ".csv").build().toString())
                .body(Csv.figure(figure));
    }

    /** Chart.js data: labels and datasets, with every label in the reader's language. */
    private String chartJson(Figure f, Locale locale) {
        Chart chart = f.chart();
        List<Column> columns = f.columns();
        LinkedHashSet<String> xs = new LinkedHashSet<>();
        f.rows().forEach(row -> xs.add(String.valueOf(row.get(chart.x()))));
        List<String> xKeys = new ArrayList<>(xs);
        List<Map<String, Object>> datasets = new ArrayList<>();
        if (chart.series() >= 0) {
            int value = chart.values().get(0);
            Map<String, double[]> bySeries = new LinkedHashMap<>();
            for (List<@Nullable Object> row : f.rows()) {
                double[] data = bySeries.computeIfAbsent(String.valueOf(row.get(chart.series())),
                        s -> new double[xKeys.size()]);
                data[xKeys.indexOf(String.valueOf(row.get(chart.x())))] += number(row.get(value));
            }
            bySeries.forEach((series, data) -> datasets.add(dataset(label(columns.get(chart.series()), series, locale),
                    data)));
        } else {
            for (int value : chart.values()) {
                double[] data = new double[xKeys.size()];
                for (List<@Nullable Object> row : f.rows()) {
                    data[xKeys.indexOf(String.valueOf(row.get(chart.x())))] = number(row.get(value));
                }
                datasets.add(dataset(messages.getMessage("transparency.column." + columns.get(value).name(), null,
                        locale), data));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", chart.type());
        json.put("stacked", chart.stacked());
        json.put("labels", xKeys.stream().map(x -> label(columns.get(chart.x()), x, locale)).toList());
        json.put("datasets", datasets);
        // "</" would end the script element the JSON sits in.
        return JSON.writeValueAsString(json).replace("</", "<\\/");
    }

    private static Map<String, Object> dataset(String label, double[] data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        return dataset;
    }

    private String label(Column column, String value, Locale locale) {
        return column.codes() == null ? value
                : messages.getMessage(column.codes() + value, null, value, locale);
    }

    private static double number(@Nullable Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Table cells: codes by their names, numbers per locale, a dash for no value. */
    private List<List<String>> cells(Figure f, Locale locale) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        return f.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                Column column = f.columns().get(i);
                if (value == null) {
                    cells.add("—");
                } else if (column.codes() != null) {
                    cells.add(label(column, value.toString(), locale));
                } else if (value instanceof BigDecimal decimal) {
                    cells.add(decimals.format(decimal));
                } else if (value instanceof Number number) {
                    cells.add(integers.format(number.longValue()));
                } else {
                    cells.add(value.toString());
                }
            }
            return cells;
        }).toList();
    }
}
