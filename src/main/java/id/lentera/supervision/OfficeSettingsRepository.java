package id.lentera.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeSettingsRepository extends JpaRepository<OfficeSettings, Long> {
}
