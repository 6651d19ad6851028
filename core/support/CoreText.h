#pragma once

#include <QString>

namespace foi::core {

// A sentence core shows the officer, in the interface's language (issue 23): looked up in the
// catalogue the GUI installs (resources/translations/foi_cy.ts). lupdate files a string under
// the class whose member function uses it, but under "foi::core" when a free function of the same
// file does, so both contexts are tried, `context` (the class, "foi::core::CaseHistory") first.
// With no catalogue installed (the command line, the tests) the English `text` comes back.
QString coreText(const char *context, const char *text);

} // namespace foi::core
