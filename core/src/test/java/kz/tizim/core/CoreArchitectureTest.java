package kz.tizim.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java: no framework, no SQL, so it can be read and tested on its own. */
@AnalyzeClasses(packages = "kz.tizim.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoSpring = noClasses().should()
            .dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("core is the domain; Spring adapters live in the server module");

    @ArchTest
    static final ArchRule domainKnowsNoSql = noClasses().should()
            .dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("persistence is an adapter concern; core talks to ports");
}
