#pragma once

#include <QtGlobal>

namespace foi::core {

// The bounds the email reader works within, so that a crafted or broken message gives a clear
// refusal instead of a stall: docs/email-intake.md explains each. The composition root passes
// `standard()`; tests pass smaller ones.
struct EmailLimits
{
    qint64 maxMessageBytes = 0; // the .eml file as a whole
    int maxContainers = 0;      // multipart and message/* containers, counted before parsing
    int maxDepth = 0;           // containers nested in one another
    int maxParts = 0;           // parts of every kind, once parsed

    static EmailLimits standard()
    {
        EmailLimits limits;
        // 40 MiB: a 20 MiB attachment is about 27 MiB once base64 encoded, and most mail
        // servers refuse messages above 25 to 35 MiB anyway.
        limits.maxMessageBytes = qint64(40) * 1024 * 1024;
        limits.maxContainers = 200;
        limits.maxDepth = 20;
        limits.maxParts = 500;
        return limits;
    }
};

} // namespace foi::core
