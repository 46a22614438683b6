#pragma once
// What is wrong with one field of a record about to be written, found before anything is sent.

#include <QString>

namespace kontor {

struct FieldProblem
{
    QString field;   // the wire name of the field at fault ("medium"), empty for the record as a whole
    QString message; // in words of the current language
};

} // namespace kontor
