// SPDX-License-Identifier: Apache-2.0
#include "ui/profiles/importpicker.h"

#include <QInputDialog>

namespace keystage::ui {

int ImportPicker::pick(QWidget *parent, ImportResult *result, const QString &sourceName)
{
    if (!result->ok() || result->profiles.isEmpty())
        return -1;
    if (!sourceName.isEmpty()) {
        for (int i = 0; i < result->profiles.size(); ++i) {
            if (result->profiles.at(i).sourceName == sourceName)
                return i;
        }
        result->error = tr("The file has no KooCLI profile \"%1\".").arg(sourceName);
        return -1;
    }
    if (result->profiles.size() == 1)
        return 0;

    QStringList names;
    int proposed = 0;
    for (int i = 0; i < result->profiles.size(); ++i) {
        names << result->profiles.at(i).profile.displayName;
        if (result->profiles.at(i).current)
            proposed = i;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(parent, tr("Import a KooCLI profile"),
                                               tr("The file holds several profiles. Import:"),
                                               names, proposed, false, &chosen);
    const int index = int(names.indexOf(name));
    if (!chosen || index < 0) {
        result->error = tr("Nothing was imported.");
        return -1;
    }
    return index;
}

} // namespace keystage::ui
