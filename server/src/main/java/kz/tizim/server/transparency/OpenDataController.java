package kz.tizim.server.transparency;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import kz.tizim.server.transparency.OpenDataDumps.Dump;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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

/** The open-data page listing the daily dumps, and the dumps themselves (gzip, streamed from their file). */
@Controller
class OpenDataController {

    private final OpenDataDumps dumps;

    OpenDataController(OpenDataDumps dumps) {
        this.dumps = dumps;
    }

    @GetMapping("/public/open-data")
    String index(Model model) {
        model.addAttribute("days", dumps.days());
        model.addAttribute("files", Arrays.stream(Dump.values()).map(d -> d.file).toList());
        model.addAttribute("decisionFields", OpenDataDumps.DECISION_FIELDS);
        model.addAttribute("registerFields", OpenDataDumps.REGISTER_FIELDS);
        return "public/open-data";
    }

    @GetMapping("/public/open-data/{date}/{file}")
    ResponseEntity<Resource> dump(@PathVariable String date, @PathVariable String file) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Dump dump = Dump.byFile(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var path = dumps.file(day, dump).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/gzip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tizim-" + day + "-" + dump.file).build().toString())
                .body(new FileSystemResource(path));
    }
}
