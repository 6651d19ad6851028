#pragma once

namespace foi::core {

// How a request reached the authority. FOIA s8 needs a request in writing (email and web forms
// count); the EIR also accept oral requests, so telephone and in-person are kept apart.
enum class Channel {
    Email,
    Post,
    WebForm,
    Telephone,
    InPerson,
    Other,
};

} // namespace foi::core
