package dev.corral.protocol;

import java.util.List;

/** Result of {@link Methods#TEMPLATE_LIST}. */
public record TemplateList(List<TemplateInfo> templates) {
}
