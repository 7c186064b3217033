// SPDX-License-Identifier: Apache-2.0
// ImportPicker: which of the imported profiles goes into the profile form. A KooCLI file may
// hold several: the one named, else the only one, else the user picks (KooCLI's current one is
// proposed).
#pragma once

#include "core/profile/profileimport.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace keystage::ui {

class ImportPicker
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::ImportPicker)

public:
    // The index of the profile to use, or -1 with result->error set (no such name, or the user
    // cancelled). A result that already failed gives -1.
    static int pick(QWidget *parent, ImportResult *result, const QString &sourceName);
};

} // namespace keystage::ui
