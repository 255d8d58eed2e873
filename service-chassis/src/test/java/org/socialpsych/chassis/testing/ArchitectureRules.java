package org.socialpsych.chassis.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The STYLE.md rules every service checks on its own main code. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public static void check(String basePackage) {
        JavaClasses classes = mainClasses(basePackage);
        noClasses().should().callMethod(Mono.class, "block")
                .orShould().callMethod(Mono.class, "block", java.time.Duration.class)
                .orShould().callMethod(Mono.class, "blockOptional")
                .orShould().callMethod(Flux.class, "blockFirst")
                .orShould().callMethod(Flux.class, "blockLast")
                .orShould().callMethod(Flux.class, "toIterable")
                .orShould().callMethod(Flux.class, "toStream")
                .orShould().callMethod(Thread.class, "sleep", long.class)
                .because("reactive services must not block an event loop (STYLE.md principle 5)")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().accessField(java.time.ZoneOffset.class, "UTC")
                .because("business time comes from the platform clock (the chassis Clock bean, platform zone):"
                        + " LocalDate.now(clock), clock.instant() (docs/adr/0009)")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "tools.jackson..", "reactor..")
                .because("domain code has no Spring, Mongo or Kafka types (STYLE.md principle 4)")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..infra..", "..application..")
                .because("the domain is the centre of a feature")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..")
                .because("use cases do not know their web adapters")
                .allowEmptyShould(true)
                .check(classes);
    }
}
