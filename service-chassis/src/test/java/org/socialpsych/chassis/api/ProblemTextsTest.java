package org.socialpsych.chassis.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialpsych.chassis.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemTextsTest {

    final ProblemTexts texts = new ProblemTexts(Labels.load());

    ProblemDetail notFound() {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "Crisis case cc-1 was not found");
    }

    @Test
    void chineseByDefaultWithTheStableTypeAndCode() {
        ProblemDetail p = texts.localise(notFound(), Labels.language((String) null));
        assertThat(p.getType().toString()).isEqualTo("https://socialpsych.org/problems/not-found");
        assertThat(p.getProperties()).containsEntry("code", "not-found");
        assertThat(p.getTitle()).isEqualTo("未找到");
        assertThat(p.getDetail()).isEqualTo("记录不存在，或不在您的辖区内。");
    }

    @Test
    void englishByAcceptLanguage() {
        ProblemDetail p = texts.localise(notFound(), Labels.language("en-GB,en;q=0.9"));
        assertThat(p.getProperties()).containsEntry("code", "not-found");
        assertThat(p.getTitle()).isEqualTo("Not found");
        assertThat(p.getDetail()).isEqualTo("Crisis case cc-1 was not found");
    }

    @Test
    void labelsCoverEveryCategoryInBothLanguages() {
        Labels labels = Labels.load();
        assertThat(labels.label("riskTiers", "HIGH", Labels.ZH)).contains("高风险");
        assertThat(labels.label("riskTiers", "HIGH", Labels.EN)).contains("High risk");
        assertThat(labels.in(Labels.ZH).keySet()).isEqualTo(labels.in(Labels.EN).keySet())
                .contains("roles", "riskTiers", "caseSources", "tagCategories", "problemTypes");
        labels.in(Labels.ZH).forEach((category, values) -> assertThat(values.keySet())
                .isEqualTo(labels.in(Labels.EN).get(category).keySet()));
        assertThat(Labels.language("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Labels.ZH);
    }
}
