// Fuzz target for the question splitter: any text (valid UTF-8 or not) gives a list of
// questions, never a crash or a hang; no question is empty or starts or ends with white space,
// and empty text gives no questions.
#include "core/intake/QuestionSplitter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList questions = foi::core::QuestionSplitter::split(text);
    if (text.trimmed().isEmpty() && !questions.isEmpty())
        std::abort(); // questions out of nothing
    for (const QString &question : questions) {
        if (question.isEmpty() || question != question.trimmed())
            std::abort(); // an empty question, or one with stray white space
    }
    return 0;
}
