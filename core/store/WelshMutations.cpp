#include "core/store/WelshMutations.h"

#include <array>

namespace foi::core {

namespace {

struct Mutation
{
    const char *radical;
    std::array<const char *, 3> mutated; // soft, nasal, aspirate; nullptr where none
};

// Digraphs first, so that "ll" and "rh" are not read as "l" and "r" (which do not mutate).
constexpr std::array<Mutation, 9> mutations{{
    {"ll", {"l", nullptr, nullptr}},
    {"rh", {"r", nullptr, nullptr}},
    {"p", {"b", "mh", "ph"}},
    {"t", {"d", "nh", "th"}},
    {"c", {"g", "ngh", "ch"}},
    {"b", {"f", "m", nullptr}},
    {"d", {"dd", "n", nullptr}},
    {"g", {"", "ng", nullptr}},
    {"m", {"f", nullptr, nullptr}},
}};

// The letters of the Welsh alphabet written with two characters whose first is a radical
// above: a word starting with one has no mutated form.
constexpr std::array<const char *, 6> otherDigraphs{"ch", "dd", "ff", "ng", "ph", "th"};

} // namespace

QStringList WelshMutations::formsOf(const QString &word)
{
    QStringList forms{word};
    for (const char *digraph : otherDigraphs) {
        if (word.startsWith(QLatin1String(digraph)))
            return forms;
    }
    for (const Mutation &mutation : mutations) {
        const QLatin1String radical(mutation.radical);
        if (!word.startsWith(radical))
            continue;
        const QString rest = word.mid(radical.size());
        for (const char *start : mutation.mutated) {
            if (!start)
                continue;
            const QString form = QLatin1String(start) + rest;
            if (form.size() >= 2 && !forms.contains(form))
                forms.append(form);
        }
        break;
    }
    return forms;
}

} // namespace foi::core
