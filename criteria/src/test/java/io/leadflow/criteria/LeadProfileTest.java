package io.leadflow.criteria;

import static io.leadflow.criteria.Leads.aLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadProfileTest {

    @Test
    void shouldGiveTheValueOfEachFieldByTheNameAConditionUses() {
        LeadProfile lead = aLead().campaignId("701-webinar").build();

        assertThat(lead.valuesOf("companySize")).containsExactly("1200");
        assertThat(lead.valuesOf("score")).containsExactly("80");
        assertThat(lead.valuesOf("country")).containsExactly("US");
        assertThat(lead.valuesOf("state")).containsExactly("CA");
        assertThat(lead.valuesOf("company")).containsExactly("Acme Bank");
        assertThat(lead.valuesOf("industry")).containsExactly("Banking");
        assertThat(lead.valuesOf("tags")).containsExactly("strategic", "emea-event");
        assertThat(lead.valuesOf("title")).containsExactly("VP Sales");
        assertThat(lead.valuesOf("status")).containsExactly("Open");
        assertThat(lead.valuesOf("email")).containsExactly("dana@Acme.example");
        assertThat(lead.valuesOf("campaignId")).containsExactly("701-webinar");
        assertThat(lead.valuesOf("custom.segment")).containsExactly("Enterprise");
    }

    @Test
    void shouldDeriveTheEmailDomainInLowerCaseFromTheEmail() {
        assertThat(aLead().email("dana@mail.Acme.example").build().valuesOf("emailDomain"))
                .containsExactly("mail.acme.example");
        assertThat(aLead().email("not an address").build().valuesOf("emailDomain")).isEmpty();
    }

    @Test
    void shouldTreatUnsetNullAndBlankValuesAsMissing() {
        LeadProfile lead = LeadProfile.builder().country(" ").score(null).tags(Arrays.asList("vip", null)).build();

        assertThat(lead.valuesOf("country")).isEmpty();
        assertThat(lead.valuesOf("score")).isEmpty();
        assertThat(lead.valuesOf("industry")).isEmpty();
        assertThat(lead.valuesOf("campaignId")).isEmpty();
        assertThat(lead.valuesOf("region")).as("a service with territories gives the regions").isEmpty();
        assertThat(lead.valuesOf("custom.unknown")).isEmpty();
        assertThat(lead.valuesOf("tags")).containsExactly("vip");
    }

    @Test
    void shouldKeepTheRegionsTheServiceResolved() {
        assertThat(LeadProfile.builder().regions(List.of("NA", "West")).build().valuesOf("region"))
                .containsExactly("NA", "West");
    }

    @Test
    void shouldRefuseAFieldNoConditionMayName() {
        assertThatThrownBy(() -> aLead().build().valuesOf("colour"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown field colour");
    }
}
