package nl.frontoffice.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.CatalogueQuestion;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.SubmittedIntake;

/**
 * The receipt holds everything the citizen sent, in plain words, as a tagged PDF that PDFBox reads back.
 */
class ReceiptPdfTest {

    private static SubmittedIntake intake(String longText) {
        IntakeForm form = new IntakeForm(
                new PersonalData("Zo\u00eb de Vri\u00ebs", LocalDate.of(1980, 3, 15), "Caf\u00e9straat 1, 1234 AB Voorbeeldstad",
                        null, List.of(new HouseholdChild("Ren\u00e9e", LocalDate.of(2015, 6, 1)))),
                false, "0612345678", "zoe@example.nl",
                List.of(LifeArea.OPVOEDEN_EN_OPGROEIEN, LifeArea.GELDZORGEN_EN_SCHULDEN),
                Map.of("jeugd.description", longText, "jeugd.others_know", "true", "jeugd.child.0.help", "true",
                        "schulden.description", "Ik heb een brief over afsluiting \u0142 gekregen.",
                        "schulden.amount", "WEET_IK_NIET", "schulden.urgency.eviction", "false",
                        "schulden.urgency.energy", "true", "schulden.urgency.water", "false",
                        "schulden.urgency.health_insurance", "false"),
                Map.of());
        List<SubmittedIntake.AnsweredArea> areas = new ArrayList<>();
        IntakeCatalogue.standard().applicableQuestions(form).forEach((area, questions) -> areas.add(
                new SubmittedIntake.AnsweredArea(area, questions.stream()
                        .map((CatalogueQuestion q) -> new SubmittedIntake.AnsweredQuestion(q, form.answers().get(q.key())))
                        .toList())));
        List<CaseSummary> cases = List.of(
                new CaseSummary("Z-2026-000101", SocialDomain.JEUGD, "JEUGD_AANVRAAG", "casetype.JEUGD_AANVRAAG",
                        "RECEIVED", "casestatus.RECEIVED", true, false, LocalDate.of(2026, 11, 17), LocalDate.of(2027, 1, 12), null),
                new CaseSummary("Z-2026-000102", SocialDomain.SCHULDHULPVERLENING, "SHV_AANMELDING", "casetype.SHV_AANMELDING",
                        "RECEIVED", "casestatus.RECEIVED", true, true, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20), null));
        return new SubmittedIntake("I-2026-000042", Instant.parse("2026-11-17T09:30:00Z"), Channel.WEB, false,
                Instant.parse("2026-11-17T09:30:00Z"), form, areas, List.of(),
                List.of(new AttachmentInfo(1, "huurachterstand-brief.pdf", "application/pdf", 1234, Instant.now())),
                cases, Map.of(SocialDomain.JEUGD, false, SocialDomain.SCHULDHULPVERLENING, true));
    }

    @Test
    void theDutchReceiptHoldsWhatWasSentWithReferencesAndDeadlinesInWords() throws IOException {
        byte[] pdf = ReceiptPdf.render(intake("Ren\u00e9e heeft moeite op school."), Locale.forLanguageTag("nl"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bewijs van uw aanmelding", "I-2026-000042", "Verstuurd op 17 november 2026 om 10:30",
                    "Zo\u00eb de Vri\u00ebs", "15 maart 1980", "Caf\u00e9straat 1", "Ren\u00e9e (1 juni 2015)",
                    "Deze gegevens heeft u zelf ingevuld", "0612345678", "zoe@example.nl",
                    "Opvoeden en opgroeien", "Heeft Ren\u00e9e hulp nodig?", "Ren\u00e9e heeft moeite op school.",
                    "Geldzorgen en schulden", "Wordt uw gas of stroom binnenkort afgesloten?", "Dat weet ik niet",
                    "afsluiting ? gekregen", "huurachterstand-brief.pdf",
                    "Hulp voor kinderen en jongeren (jeugdhulp): nee, dat mag niet.",
                    "Hulp bij geldzaken en schulden: ja, dat mag.",
                    "Zaak Z-2026-000101: Aanvraag jeugdhulp, uiterlijk 12 januari 2027.",
                    "Zaak Z-2026-000102: Aanmelding schuldhulpverlening, uiterlijk 20 november 2026.",
                    "binnen 3 werkdagen", "naar waarheid", "Pagina 1 van");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Bewijs van uw aanmelding I-2026-000042");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<String> tags = new ArrayList<>();
            collectTags(document.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).startsWith("Document", "H1").contains("H2", "H3", "P");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getParentTree()).isNotNull();
        }
    }

    @Test
    void aLongStoryFlowsOverPagesAndTheEnglishReceiptIsInEnglish() throws IOException {
        String longStory = "Dit is een lang verhaal over w\u00e9rkelijk alles wat er gebeurt. ".repeat(60)
                + "EenHeelLangWoordZonderSpatiesDatNietOpEenRegelPastEnDusWordtAfgebrokenOmDatHetAnders"
                + "BuitenDeBladzijdeZouLopenEnDatWillenWeNietVoorDeLeesbaarheid";
        byte[] pdf = ReceiptPdf.render(intake(longStory), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Receipt of your application", "Number of your application: I-2026-000042",
                    "Case Z-2026-000101: Application for youth care, by 12 January 2027.",
                    "Does Ren\u00e9e need help?", "Page 2 of");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    private static void collectTags(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collectTags(element, tags);
            }
        }
    }
}
