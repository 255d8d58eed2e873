package org.socialpsych.psych.servicepoint.api;

import java.util.List;

import org.socialpsych.chassis.security.CurrentUser;
import org.socialpsych.psych.servicepoint.domain.ServicePointStatus;
import org.socialpsych.psych.servicepoint.domain.ServicePointType;
import org.socialpsych.psych.servicepoint.infra.ServicePointDocument;
import org.socialpsych.psych.servicepoint.infra.ServicePointRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;

/** The service network, filtered to the caller's view scope. */
@RestController
@RequestMapping("/api/v1/service-points")
public class ServicePointController {

    private final ServicePointRepository points;

    public ServicePointController(ServicePointRepository points) {
        this.points = points;
    }

    public record ServicePointView(String id, String name, ServicePointType type, int tier, String areaCode,
            ServicePointStatus status, String hostPremises, Integer capacity, List<String> services) {

        static ServicePointView of(ServicePointDocument d) {
            return new ServicePointView(d.id, d.name, d.type, d.tier, d.areaCode, d.status, d.hostPremises, d.capacity,
                    d.services);
        }
    }

    @GetMapping
    public Flux<ServicePointView> list(@RequestParam(required = false) String area) {
        return CurrentUser.get().flatMapMany(user -> (area == null ? points.findAll() : points.findByAreaPath(area))
                .filter(p -> user.canView(p.areaPath)).map(ServicePointView::of));
    }
}
