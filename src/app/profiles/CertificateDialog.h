#pragma once
// CertificateDialog: the certificate a shop presented when Kontor could not verify it, in words (issued to,
// issued by, valid from/to in the person's locale, SHA-256 fingerprint, what verification found), with
// "Trust this certificate for this profile" and Cancel. Opened with open(); trusted() says the choice.

#include "Result.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CertificateDialog;
}

namespace kontor::gui {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString& profileName, const QString& host, const PeerCertificate& certificate,
                      QWidget* parent = nullptr);
    ~CertificateDialog() override;

    const PeerCertificate& certificate() const { return m_certificate; }

signals:
    // The person chose to trust the certificate (the dialog closes with Accepted).
    void trusted(const QString& sha256);

private:
    const QScopedPointer<Ui::CertificateDialog> m_ui;
    PeerCertificate m_certificate;
};

} // namespace kontor::gui
