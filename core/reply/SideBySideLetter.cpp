#include "core/reply/SideBySideLetter.h"

#include <algorithm>
#include <vector>

namespace foi::core {

namespace {

// Two blocks can face each other when they are the same part of the letter.
bool samePart(const ReplyBlock &a, const ReplyBlock &b)
{
    if (a.kind != b.kind)
        return false;
    return a.kind != ReplyBlock::Kind::Question || a.label == b.label;
}

// The longest sequence of facing pairs keeping both letters' order (a longest common
// subsequence over the blocks' parts): a letter has a hundred blocks or so.
QList<std::pair<qsizetype, qsizetype>> pairs(const QList<ReplyBlock> &left,
                                             const QList<ReplyBlock> &right)
{
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    std::vector<std::vector<int>> longest(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            longest[i][j] = samePart(left.at(i), right.at(j))
                                ? longest[i + 1][j + 1] + 1
                                : std::max(longest[i + 1][j], longest[i][j + 1]);
    }
    QList<std::pair<qsizetype, qsizetype>> rows;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && samePart(left.at(i), right.at(j)) &&
            longest[i][j] == longest[i + 1][j + 1] + 1) {
            rows.append({i++, j++});
        } else if (j >= m || (i < n && longest[i + 1][j] >= longest[i][j + 1])) {
            rows.append({i++, -1});
        } else {
            rows.append({-1, j++});
        }
    }
    return rows;
}

// A blank side of a row: the same kind as the block it faces, with nothing in it.
ReplyBlock blankFacing(const ReplyBlock &block)
{
    ReplyBlock blank;
    blank.kind = block.kind;
    return blank;
}

} // namespace

ReplyDocument SideBySideLetter::combine(const ReplyDocument &welsh, const ReplyDocument &english)
{
    ReplyDocument combined = welsh;
    combined.title = welsh.title + QStringLiteral(" / ") + english.title;
    combined.blocks.clear();
    for (const auto &[left, right] : pairs(welsh.blocks, english.blocks)) {
        const ReplyBlock &present = left >= 0 ? welsh.blocks.at(left) : english.blocks.at(right);
        combined.blocks << (left >= 0 ? welsh.blocks.at(left) : blankFacing(present));
        combined.facingBlocks << (right >= 0 ? english.blocks.at(right) : blankFacing(present));
    }
    return combined;
}

} // namespace foi::core
