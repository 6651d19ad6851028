// Fuzz target for the case-file reader: any bytes must give a Case or an Error, never a crash,
// and a case that reads must survive write-then-read unchanged. A case that reads is then
// checked and its reply composed, so conditions in chains and cycles and long unbroken text
// (case_file.dict steers toward both) reach the checker and the letter.
#include "core/law/ExemptionCatalogue.h"
#include "core/model/CaseFile.h"
#include "core/reply/AuthorityProfile.h"
#include "core/reply/LetterTemplates.h"
#include "core/reply/ReplyComposer.h"
#include "core/rules/CaseChecker.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const foi::core::Result<foi::core::Case> theCase = foi::core::CaseFile::read(input);
    if (theCase.ok()) {
        const foi::core::Result<foi::core::Case> again =
            foi::core::CaseFile::read(foi::core::CaseFile::write(*theCase));
        if (!again.ok() || !(*again == *theCase))
            std::abort(); // the round trip lost or changed something
        (void)foi::core::CaseChecker(foi::core::ExemptionCatalogue::builtIn(),
                                     foi::core::WorkingDayCalendar::builtIn(),
                                     foi::core::EnvironmentalTerms::builtIn())
            .check(*theCase);
        static const auto templates = foi::core::LetterTemplates::load();
        if (templates.ok()) {
            const foi::core::ReplyComposer composer(foi::core::ExemptionCatalogue::builtIn(),
                                                    *templates);
            foi::core::AuthorityProfile authority;
            authority.name = QStringLiteral("Fuzz Constabulary");
            (void)composer.compose(*theCase, authority, {QDate(2026, 1, 5), false, false});
        }
    }
    return 0;
}
