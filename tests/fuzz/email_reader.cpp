// Fuzz target for the email reader (core/mail/EmailReader, GMime underneath): any bytes give a
// message or a refusal with a code and a message, never a crash, a hang or a leak; every file
// name it gives is usable as one (not empty, no folder in it) and every enclosed message is read
// within the depth limit.
#include "core/mail/EmailReader.h"

#include <cstdint>
#include <cstdlib>

namespace {

void checkMessage(const foi::core::EmailMessage &message, int depth, int maxDepth)
{
    if (depth > maxDepth)
        std::abort(); // nested past the limit
    for (const foi::core::EmailAttachment &file : message.attachments) {
        if (file.fileName.isEmpty() || file.fileName.contains(QLatin1Char('/')) ||
            file.fileName.contains(QLatin1Char('\\')) || file.fileName.startsWith(QLatin1Char('.')))
            std::abort(); // a name that is not safe to save under
    }
    for (const foi::core::EmailMessage &enclosed : message.enclosed)
        checkMessage(enclosed, depth + 1, maxDepth);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    foi::core::EmailLimits limits = foi::core::EmailLimits::standard();
    limits.maxMessageBytes = 1024 * 1024; // libFuzzer's inputs stay far below this
    const foi::core::EmailReader reader(limits);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const foi::core::Result<foi::core::EmailMessage> read = reader.read(bytes);
    if (!read) {
        if (read.error().code.isEmpty() || read.error().message.isEmpty())
            std::abort(); // a refusal that does not say why
        return 0;
    }
    checkMessage(*read, 0, limits.maxDepth);
    return 0;
}
